package org.birge.portal.project.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.birge.portal.project.service.FactSheet;
import org.birge.portal.project.service.FactSheetService;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.BundleLabels;
import org.birge.portal.shared.web.FileSending;

/**
 * A project's fact sheet as PDF in the reader's language: {@code /work/factsheet/<id>} for those who may
 * open the project's page, {@code /public/factsheet/<id>} for anyone when the project is published.
 */
@WebServlet(urlPatterns = {"/work/factsheet/*", "/public/factsheet/*"})
public class FactSheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private FactSheetService factSheets;

    @Inject
    private ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean open = request.getServletPath().startsWith("/public/");
        BundleLabels labels = new BundleLabels(activeUser.getLanguage());
        FactSheet sheet;
        try {
            sheet = open ? factSheets.publicFactSheet(id, labels) : factSheets.factSheet(id, labels);
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(sheet.content().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", open ? "public, max-age=300" : FileSending.PRIVATE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + sheet.fileName()
                + "\"; filename*=UTF-8''" + URLEncoder.encode(sheet.fileName(), StandardCharsets.UTF_8));
        response.getOutputStream().write(sheet.content());
    }
}
