add_unit_test(NAME TestRiskLevel SOURCES TestRiskLevel.cpp LIBS lexecon_risk)
add_unit_test(NAME TestRiskWeights SOURCES TestRiskWeights.cpp LIBS lexecon_risk)
add_unit_test(NAME TestRiskScorer SOURCES TestRiskScorer.cpp LIBS lexecon_risk)
add_unit_test(NAME TestRiskAssessment SOURCES TestRiskAssessment.cpp LIBS lexecon_risk)
