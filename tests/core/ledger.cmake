add_unit_test(NAME TestLedger SOURCES TestLedger.cpp LIBS lexecon_base)
add_unit_test(NAME TestSignedNote SOURCES TestSignedNote.cpp LIBS lexecon_base)
