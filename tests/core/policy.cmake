foreach(test TestPolicyLoader TestPolicyEngine TestPolicyService TestPolicyAnalyzer TestPolicySimulator TestPolicyDiff)
    add_unit_test(NAME ${test} SOURCES ${test}.cpp LIBS lexecon_policy)
    target_compile_definitions(${test} PRIVATE LEXECON_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
                                               LEXECON_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endforeach()
target_link_libraries(TestPolicyEngine PRIVATE Qt6::Concurrent)
target_link_libraries(TestPolicyService PRIVATE lexecon_test_support)
