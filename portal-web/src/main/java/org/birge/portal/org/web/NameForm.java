package org.birge.portal.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** What an administrator types for a region or district: its code and its name in the three languages. */
public class NameForm extends LocalizedNameForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.code.required}")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,31}", message = "{validation.code.pattern}")
    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
