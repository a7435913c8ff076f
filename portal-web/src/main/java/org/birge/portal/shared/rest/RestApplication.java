package org.birge.portal.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST endpoints live under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
