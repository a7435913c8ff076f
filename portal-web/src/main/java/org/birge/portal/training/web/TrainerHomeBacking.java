package org.birge.portal.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.training.service.SessionRow;
import org.birge.portal.training.service.SessionService;

/** The trainer's home: the sessions they train that lie ahead or run, a few at a time. */
@Named
@ViewScoped
public class TrainerHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SessionService sessions;

    private PageModel<SessionRow> mine;

    @PostConstruct
    void load() {
        mine = new PageModel<>(page -> sessions.mySessions(page), row -> Long.toString(row.id()));
    }

    public PageModel<SessionRow> getMine() {
        return mine;
    }
}
