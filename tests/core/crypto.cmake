add_unit_test(NAME TestEd25519 SOURCES TestEd25519.cpp LIBS lexecon_base)
add_unit_test(NAME TestSecretBox SOURCES TestSecretBox.cpp LIBS lexecon_base)
add_unit_test(NAME TestKeyStore SOURCES TestKeyStore.cpp LIBS lexecon_base)
add_unit_test(NAME TestNodeIdentity SOURCES TestNodeIdentity.cpp LIBS lexecon_base)
