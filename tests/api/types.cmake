# Value-type tests: every spec example body of the endpoints we use parses.
rd_add_test(tst_jsonread SOURCES tst_jsonread.cpp LIBS rd_api LABELS unit)
rd_add_test(tst_orderstatus SOURCES tst_orderstatus.cpp LIBS rd_api LABELS unit)
rd_add_test(tst_ordertypes SOURCES tst_ordertypes.cpp LIBS rd_api LABELS unit)
rd_add_test(tst_orderqueries SOURCES tst_orderqueries.cpp LIBS rd_api LABELS unit)
