add_unit_test(NAME TestPrincipal SOURCES TestPrincipal.cpp LIBS lexecon_base)
