add_unit_test(NAME TestOverride SOURCES TestOverride.cpp LIBS lexecon_override)
add_unit_test(NAME TestOverrideService SOURCES TestOverrideService.cpp LIBS lexecon_override)
