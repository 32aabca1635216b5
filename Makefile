# `sam build` runs the target named after the function (template.yaml: Metadata BuildMethod makefile), in a
# copy of the project, with ARTIFACTS_DIR set. It builds the same shaded jar the tests and the local runner
# use, and puts it in lib/, which the Lambda Java runtime has on its class path. Run `mvn verify` for the tests.

build-RelapseGuideFunction:
	mvn -B -q -ntp package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp target/relapse-guide.jar "$(ARTIFACTS_DIR)/lib/"
