add_unit_test(NAME TestEscalation SOURCES TestEscalation.cpp LIBS lexecon_escalation)
add_unit_test(NAME TestSlaPolicy SOURCES TestSlaPolicy.cpp LIBS lexecon_escalation)
add_unit_test(NAME TestEscalationService SOURCES TestEscalationService.cpp LIBS lexecon_escalation)
add_unit_test(NAME TestSlaMonitor SOURCES TestSlaMonitor.cpp LIBS lexecon_escalation)
