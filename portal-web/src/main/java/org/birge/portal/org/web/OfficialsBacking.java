package org.birge.portal.org.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.org.service.OfficialRow;
import org.birge.portal.org.service.OfficialService;
import org.birge.portal.shared.web.PageModel;

/** The administrators' list of the people who signed in, searchable by username or name. */
@Named
@ViewScoped
public class OfficialsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OfficialService officials;

    private String search;
    private PageModel<OfficialRow> model;

    @PostConstruct
    void load() {
        model = new PageModel<>(page -> officials.officials(page, search), row -> Long.toString(row.id()));
    }

    public void filter() {
        model.refresh();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public PageModel<OfficialRow> getModel() {
        return model;
    }
}
