add_unit_test(NAME TestPrincipal SOURCES TestPrincipal.cpp LIBS lexecon_base)
add_unit_test(NAME TestUserService SOURCES TestUserService.cpp LIBS lexecon_base lexecon_test_support)
add_unit_test(NAME TestApiKeyStore SOURCES TestApiKeyStore.cpp LIBS lexecon_base lexecon_test_support)
