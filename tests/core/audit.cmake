# Audit packets (core/audit): four-eyes requests, the builder, the verifier and their parts.
add_unit_test(NAME TestPacketScope SOURCES TestPacketScope.cpp LIBS lexecon_audit)
add_unit_test(NAME TestPacketRequestService SOURCES TestPacketRequestService.cpp LIBS lexecon_audit lexecon_test_support)
add_unit_test(NAME TestPacketArchiveWriter SOURCES TestPacketArchiveWriter.cpp LIBS lexecon_audit)
add_unit_test(NAME TestPacketReader SOURCES TestPacketReader.cpp LIBS lexecon_audit Qt6::Concurrent PkgConfig::LIBZIP)
add_unit_test(NAME TestPacketProofs SOURCES TestPacketProofs.cpp LIBS lexecon_audit lexecon_test_support)
add_unit_test(NAME TestPacketReport SOURCES TestPacketReport.cpp LIBS lexecon_audit)
add_unit_test(NAME TestPacketInclusionCheck SOURCES TestPacketInclusionCheck.cpp LIBS lexecon_audit)
add_unit_test(NAME TestPacketJsonText SOURCES TestPacketJsonText.cpp LIBS lexecon_audit)
add_unit_test(NAME TestPacketBuilder SOURCES TestPacketBuilder.cpp AuditFixture.h LIBS lexecon_audit lexecon_compliance lexecon_test_workspace)
add_unit_test(NAME TestPacketVerifier SOURCES TestPacketVerifier.cpp AuditFixture.h
              LIBS lexecon_audit lexecon_compliance lexecon_test_workspace PkgConfig::LIBZIP)
# The report's PDF (lexecon_print: Qt GUI, offscreen), built wherever the packet's PDF is.
if(TARGET lexecon_print)
    add_unit_test(NAME TestPacketPdf SOURCES TestPacketPdf.cpp LIBS lexecon_audit lexecon_print)
endif()
