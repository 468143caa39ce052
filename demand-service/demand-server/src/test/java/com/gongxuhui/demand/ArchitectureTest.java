package com.gongxuhui.demand;

import com.gongxuhui.common.test.ServiceArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The layout every service keeps ({@link ServiceArchitecture}), on this service's production classes. */
@AnalyzeClasses(packages = "com.gongxuhui.demand", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ServiceArchitecture.class);
}
