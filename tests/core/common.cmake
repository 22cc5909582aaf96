add_unit_test(NAME TestCanonicalJson SOURCES TestCanonicalJson.cpp LIBS lexecon_base)
add_unit_test(NAME TestUlid SOURCES TestUlid.cpp LIBS lexecon_base)
add_unit_test(NAME TestTimestamp SOURCES TestTimestamp.cpp LIBS lexecon_base)
