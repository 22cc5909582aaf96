# Precompiled headers. Most of a file's compile time on a cold build goes to the front end, and
# most of that to parsing the same Qt and standard headers in every file. A precompiled header
# parses them once for a group of targets.
#
# GCC uses a precompiled header only where the macros it depends on are defined exactly as when
# it was made. Qt's headers look at the QT_<MODULE>_LIB definitions each linked Qt module adds, so
# targets share a header (REUSE_FROM) only within one "profile" of linked Qt modules. A file
# compiled with a header that does not fit is still compiled correctly, without it, and CMake's
# -Winvalid-pch says so in the build log.
#
# The tests' headers are made once per directory as well: Qt's QT_TESTCASE_BUILDDIR and
# QT_TESTCASE_SOURCEDIR, which QtTest's headers use, name the directory.

option(LEXECON_PCH "Use precompiled headers (faster cold builds)" ON)

set(LEXECON_PCH_HEADERS
    <QByteArray> <QDateTime> <QDir> <QFile> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
    <QObject> <QSet> <QString> <QStringList> <QVariant>
    <algorithm> <atomic> <functional> <memory> <mutex> <optional> <vector>)
set(LEXECON_PCH_SQL_HEADERS <QSqlDatabase> <QSqlQuery>)
set(LEXECON_PCH_WIDGETS_HEADERS
    <QComboBox> <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPlainTextEdit>
    <QPushButton> <QVBoxLayout> <QWidget>)

# The Qt profile of the targets given (a target, or what a target is to link), from the project
# libraries they link directly or through others:
# widgets (links lexecon_ui), gui (lexecon_print), core (lexecon_base: Qt Core, Sql, Network,
# Concurrent) or qtcore (Qt Core alone).
function(lexecon_qt_profile out)
    set(seen "")
    set(queue ${ARGN})
    set(profile qtcore)
    while(queue)
        list(POP_FRONT queue lib)
        if(NOT TARGET ${lib} OR lib IN_LIST seen OR lib MATCHES "^Qt6::")
            continue()
        endif()
        list(APPEND seen ${lib})
        if(lib STREQUAL "lexecon_ui")
            set(profile widgets)
        elseif(lib STREQUAL "lexecon_print" AND NOT profile STREQUAL "widgets")
            set(profile gui)
        elseif(lib STREQUAL "lexecon_base" AND profile STREQUAL "qtcore")
            set(profile core)
        endif()
        get_target_property(type ${lib} TYPE)
        set(links "")
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(direct ${lib} LINK_LIBRARIES)
            if(direct)
                list(APPEND links ${direct})
            endif()
        endif()
        get_target_property(interface ${lib} INTERFACE_LINK_LIBRARIES)
        if(interface)
            list(APPEND links ${interface})
        endif()
        foreach(link ${links})
            # $<LINK_ONLY:x> and other generator expressions: take the target name inside.
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
            if(NOT link MATCHES "^\\$<")
                list(APPEND queue ${link})
            endif()
        endforeach()
    endwhile()
    set(${out} ${profile} PARENT_SCOPE)
endfunction()

# The headers a profile precompiles.
function(lexecon_pch_headers out profile)
    set(headers ${LEXECON_PCH_HEADERS})
    if(NOT profile STREQUAL "qtcore")
        list(APPEND headers ${LEXECON_PCH_SQL_HEADERS})
    endif()
    if(profile STREQUAL "widgets")
        list(APPEND headers ${LEXECON_PCH_WIDGETS_HEADERS})
    endif()
    set(${out} ${headers} PARENT_SCOPE)
endfunction()

# lexecon_pch(TARGET) gives a library its own precompiled header, for its profile.
function(lexecon_pch target)
    if(NOT LEXECON_PCH)
        return()
    endif()
    lexecon_qt_profile(profile ${target})
    lexecon_pch_headers(headers ${profile})
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# lexecon_pch_reuse(TARGET HOST) makes TARGET use HOST's precompiled header (same profile).
function(lexecon_pch_reuse target host)
    if(LEXECON_PCH)
        target_precompile_headers(${target} REUSE_FROM ${host})
    endif()
endfunction()

# lexecon_test_pch(TARGET LIBS...) gives a QtTest executable the precompiled header of its
# directory and profile, made on first use by a target of its own that links the same.
function(lexecon_test_pch target)
    if(NOT LEXECON_PCH)
        return()
    endif()
    lexecon_qt_profile(profile ${ARGN})
    file(RELATIVE_PATH dir ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    string(MAKE_C_IDENTIFIER "lexecon_pch_${dir}_${profile}" host)
    if(NOT TARGET ${host})
        set(source ${CMAKE_CURRENT_BINARY_DIR}/${host}.cpp)
        if(NOT EXISTS ${source})
            file(WRITE ${source} "// Builds the precompiled header the tests of this directory share.\n")
        endif()
        add_library(${host} OBJECT ${source})
        set_target_properties(${host} PROPERTIES AUTOMOC OFF)
        target_link_libraries(${host} PRIVATE Qt6::Test ${ARGN})
        target_include_directories(${host} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
        lexecon_pch_headers(headers ${profile})
        target_precompile_headers(${host} PRIVATE <QTest> <QTemporaryDir> ${headers})
    endif()
    target_precompile_headers(${target} REUSE_FROM ${host})
endfunction()
