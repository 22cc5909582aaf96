add_unit_test(NAME TestCapabilityToken SOURCES TestCapabilityToken.cpp LIBS lexecon_token)
add_unit_test(NAME TestTokenStore SOURCES TestTokenStore.cpp LIBS lexecon_token)
add_unit_test(NAME TestTokenVerifier SOURCES TestTokenVerifier.cpp LIBS lexecon_token)
