package org.birge.portal.it.services;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive the service tests run in: the domain and service jars and their libraries exactly as the
 * EAR ships them (copied by the build to it-libs), the services' ejb-jar.xml (a descriptor inside a
 * library of a WAR is not read), and the test classes of this package.
 */
public final class ServiceDeployment {

    private ServiceDeployment() {
    }

    public static WebArchive create(String name) {
        Path libs = Path.of(System.getProperty("it.libs", "target/it-libs"));
        File[] jars = Objects.requireNonNull(libs.toFile().listFiles((dir, file) -> file.endsWith(".jar")),
                "no libraries in " + libs + ": run through Maven's verify phase");
        Path ejbJarXml = Path.of(System.getProperty("it.webapp", "../portal-web/src/main/webapp"))
                .resolve("../../../../portal-ejb/src/main/resources/META-INF/ejb-jar.xml").normalize();
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibraries(Arrays.stream(jars)
                        .filter(jar -> !jar.getName().startsWith("postgresql"))
                        .toArray(File[]::new))
                .addPackage(ServiceDeployment.class.getPackage())
                .addAsWebInfResource(ejbJarXml.toFile(), "ejb-jar.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }
}
