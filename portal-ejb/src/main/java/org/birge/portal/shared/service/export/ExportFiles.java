package org.birge.portal.shared.service.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the files of exports lie: the folder {@code exports} under {@code portal.files.dir}, outside the web root. */
@ApplicationScoped
public class ExportFiles {

    @Inject
    @ConfigProperty(name = "portal.files.dir")
    private Optional<String> filesDir;

    public Path folder() {
        return Path.of(filesDir.filter(dir -> !dir.isBlank()).orElseGet(() ->
                System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir"))
                        + "/birge-files")).resolve("exports");
    }
}
