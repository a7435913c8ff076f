package org.birge.portal.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.training.service.CourseRow;
import org.birge.portal.training.service.CourseService;

/** The course catalogue: the published courses, searched by code and title. */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CourseService courseService;

    private String search;
    private PageModel<CourseRow> courses;

    @PostConstruct
    void load() {
        courses = new PageModel<>(page -> courseService.catalogue(page, search), row -> Long.toString(row.id()));
    }

    public void filter() {
        courses.refresh();
    }

    public PageModel<CourseRow> getCourses() {
        return courses;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
