/* Birge: what PrimeFaces renders less accessibly than it should, mended whenever the page changes (first
   rendering, ajax updates, a calendar's new month):
   - a simple file upload's real <input type="file"> is what the keyboard reaches, but PrimeFaces marks it
     aria-hidden: it is shown to assistive technology again, named by its button's text;
   - a group of checkboxes that must not stay empty carries aria-required, which a plain element may not:
     it becomes a group (its label says it is required);
   - a day of a schedule (FullCalendar) is labelled by its date alone although it shows its sessions too:
     the day is named by what it shows instead. */
(function () {
    "use strict";

    function mend() {
        document.querySelectorAll(".ui-fileupload-simple input[type=file][aria-hidden]").forEach(function (input) {
            input.removeAttribute("aria-hidden");
            var label = document.getElementById(input.id.replace(/_input$/, "_label"));
            if (label && !input.hasAttribute("aria-labelledby")) {
                input.setAttribute("aria-labelledby", label.id);
            }
        });
        document.querySelectorAll(".ui-selectmanycheckbox[aria-required]:not([role])").forEach(function (group) {
            group.removeAttribute("aria-required");
            group.setAttribute("role", "group");
            var label = document.querySelector("label[for='" + group.id + "']");
            if (label) {
                if (!label.id) {
                    label.id = group.id + "_grouplabel";
                }
                group.setAttribute("aria-labelledby", label.id);
            }
        });
        document.querySelectorAll(".fc td.fc-daygrid-day[aria-labelledby]").forEach(function (day) {
            day.removeAttribute("aria-labelledby");
        });
    }

    var pending = false;
    function mendSoon() {
        if (!pending) {
            pending = true;
            window.setTimeout(function () {
                pending = false;
                mend();
            }, 0);
        }
    }

    function start() {
        mend();
        new MutationObserver(mendSoon).observe(document.body, {childList: true, subtree: true});
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
