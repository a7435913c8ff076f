package org.birge.portal.shared.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.birge.portal.shared.service.Readiness;

/**
 * {@code GET /api/health/ready}: 200 when the portal can serve, 503 when the database does not answer or
 * the schema is not migrated. It says nothing else about the system.
 */
@Path("health")
public class HealthResource {

    @EJB
    private Readiness readiness;

    public record ReadyStatus(String status, String database, String migrations) {
    }

    @GET
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        Readiness.Status status = readiness.check();
        ReadyStatus body = new ReadyStatus(status.ready() ? "UP" : "DOWN", status.database() ? "UP" : "DOWN",
                status.migrations() ? "UP" : "DOWN");
        return Response.status(status.ready() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .header("Cache-Control", "no-store").entity(body).build();
    }

    @GET
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    public Response live() {
        return Response.ok(new ReadyStatus("UP", null, null)).build();
    }
}
