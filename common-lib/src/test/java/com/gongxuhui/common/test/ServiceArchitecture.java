package com.gongxuhui.common.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layout every service keeps, checked on its own production classes by its {@code ArchitectureTest}
 * ({@code @ArchTest ArchTests layout = ArchTests.in(ServiceArchitecture.class)}), so that the build fails when a
 * change breaks it. Types of libraries a service may not have (MyBatis, Spring MVC) are named, not loaded.
 */
public final class ServiceArchitecture {

    private static final String ROOT = "com.gongxuhui.";

    /**
     * Every package is a slice, a parent and its children included: a feature package that reaches back into its
     * parent while the parent composes it, or two features that use each other, can no longer be read (or moved) alone.
     */
    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("com.gongxuhui.(**)")
            .as("packages").should().beFreeOfCycles();

    /** A service reaches another only through the other's {@code *-api} contract (its Feign client and events). */
    @ArchTest
    static final ArchRule otherServicesOnlyThroughTheirApi = noClasses()
            .should(reachAnotherServiceBeyondItsApi());

    @ArchTest
    static final ArchRule controllersNeverTouchMappers = noClasses()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().dependOnClassesThat().areAssignableTo("com.baomidou.mybatisplus.core.mapper.BaseMapper")
            .allowEmptyShould(true);

    /** A row knows nothing of HTTP: what a request or an answer looks like is the controller's business. */
    @ArchTest
    static final ArchRule entitiesFreeOfWebTypes = noClasses()
            .that().areAnnotatedWith("com.baomidou.mybatisplus.annotation.TableName")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
            .allowEmptyShould(true);

    private ServiceArchitecture() {
    }

    private static ArchCondition<JavaClass> reachAnotherServiceBeyondItsApi() {
        return new ArchCondition<>("reach another service beyond its *-api") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = serviceOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    String service = serviceOf(target);
                    boolean beyondApi = service != null && !service.equals(own) && !service.equals("common")
                            && !target.startsWith(ROOT + service + ".api");
                    if (beyondApi) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code org} for {@code com.gongxuhui.org.staff}; null outside the platform's packages. */
    private static String serviceOf(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return null;
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
