/*
 * The training schedules name days and months from the portal's own bundles (#birgeCalendarNames), so that
 * they read the same in Kazakh, Russian and English whatever language data the reader's browser has.
 * PrimeFaces calls this as the schedule's extender, before the calendar is drawn.
 */
window.birgeSchedule = function () {
    var source = document.getElementById('birgeCalendarNames');
    if (!source) {
        return;
    }
    var days = source.getAttribute('data-days').split(',');
    var months = source.getAttribute('data-months').split(',');
    var two = function (n) {
        return (n < 10 ? '0' : '') + n;
    };
    var numeric = function (d) {
        return two(d.day) + '.' + two(d.month + 1) + '.' + d.year;
    };
    var options = this.cfg.options;
    options.titleFormat = function (arg) {
        var start = arg.start || arg.date;
        var end = arg.end || start;
        if (start.month === end.month && start.year === end.year && start.day === 1 && end.day >= 28) {
            return months[start.month] + ' ' + start.year;
        }
        return start.day === end.day && start.month === end.month ? numeric(start)
            : numeric(start) + ' – ' + numeric(end);
    };
    // A formatter's date has the calendar's own fields; its marker is that date as UTC.
    var weekday = function (arg) {
        return days[arg.date.marker.getUTCDay()];
    };
    var view = function (name, settings) {
        options.views = options.views || {};
        options.views[name] = Object.assign(options.views[name] || {}, settings);
    };
    // A busy day shows four sessions and "+n more", the cell's height being the content's.
    view('dayGridMonth', {dayHeaderFormat: weekday, dayMaxEventRows: 4});
    view('timeGridWeek', {
        dayHeaderFormat: function (arg) {
            return weekday(arg) + ' ' + two(arg.date.day) + '.' + two(arg.date.month + 1);
        }
    });
    view('listMonth', {
        listDayFormat: function (arg) {
            return weekday(arg) + ', ' + numeric(arg.date);
        },
        listDaySideFormat: false
    });
    options.buttonText = Object.assign({}, options.buttonText, {list: source.getAttribute('data-list')});
    options.slotLabelFormat = function (arg) {
        return two(arg.date.hour) + ':' + two(arg.date.minute);
    };
};
