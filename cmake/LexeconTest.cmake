# add_unit_test(NAME TestFoo SOURCES TestFoo.cpp LIBS lexecon_core [LABELS ...])
# Builds one QtTest class and registers it with CTest. Tests never touch the user's data:
# each gets its own temporary data dir through QTemporaryDir.
function(add_unit_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    lexecon_test_pch(${T_NAME} ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LEXECON_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;LEXECON_BIN_DIR=${PROJECT_BINARY_DIR}/app;LEXECON_SECRET_FILE=${PROJECT_SOURCE_DIR}/tests/data/test-secret"
        TIMEOUT 600)
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
