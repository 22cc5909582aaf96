add_unit_test(NAME TestDatabase SOURCES TestDatabase.cpp LIBS lexecon_base)
add_unit_test(NAME TestWalWriteCoalescer SOURCES TestWalWriteCoalescer.cpp LIBS lexecon_base PkgConfig::SQLITE3)
add_unit_test(NAME TestDeferredWalSync SOURCES TestDeferredWalSync.cpp LIBS lexecon_base)
