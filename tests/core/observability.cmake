add_unit_test(NAME TestMetrics SOURCES TestMetrics.cpp LIBS lexecon_observability)
add_unit_test(NAME TestJsonLog SOURCES TestJsonLog.cpp LIBS lexecon_observability)
