add_unit_test(NAME TestLedger SOURCES TestLedger.cpp LIBS lexecon_base)
