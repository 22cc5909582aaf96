add_unit_test(NAME TestRateLimiter SOURCES TestRateLimiter.cpp LIBS lexecon_intake)
add_unit_test(NAME TestRequestParser SOURCES TestRequestParser.cpp LIBS lexecon_intake)
