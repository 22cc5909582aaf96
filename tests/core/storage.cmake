add_unit_test(NAME TestDatabase SOURCES TestDatabase.cpp LIBS lexecon_base)
