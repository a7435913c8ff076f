package org.birge.portal.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.birge.portal.shared.domain.LocalizedName;

/**
 * A record an administrator edits by its name in the three languages, with the id and version it was
 * loaded at (none when new). Kept in the view, so a refused save loses nothing typed.
 */
public class LocalizedNameForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotBlank(message = "{validation.name.kk.required}")
    @Size(max = LocalizedName.MAX_LENGTH, message = "{validation.name.length}")
    private String nameKk;

    @NotBlank(message = "{validation.name.ru.required}")
    @Size(max = LocalizedName.MAX_LENGTH, message = "{validation.name.length}")
    private String nameRu;

    @NotBlank(message = "{validation.name.en.required}")
    @Size(max = LocalizedName.MAX_LENGTH, message = "{validation.name.length}")
    private String nameEn;

    public LocalizedName name() {
        return new LocalizedName(nameKk, nameRu, nameEn);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String nameKk) {
        this.nameKk = nameKk;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
