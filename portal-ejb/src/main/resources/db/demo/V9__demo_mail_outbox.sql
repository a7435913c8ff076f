-- The e-mail outbox as a portal that has run a while shows it on the admin's delivery page: mails sent, one
-- the SMTP server refused until it was given up, and one whose sender stopped between sending and marking
-- it (UNCERTAIN: an admin decides whether to send it again). No PENDING row: nothing here is sent by itself.
insert into mail_delivery (id, version, created_at, modified_at, mail_key, recipient, kind, notification_id,
                           digest_day, digest_id, state, attempts, next_attempt_at, claimed_at, sent_at, last_error,
                           message_id)
values (360, 2, current_timestamp - interval '3' day, current_timestamp - interval '3' day, 'notification:901',
        'governor.east', 'task.assigned', 901, current_date - interval '3' day, null, 'SENT', 1,
        current_timestamp - interval '3' day, current_timestamp - interval '3' day,
        current_timestamp - interval '3' day, null, '<notification.901@birge.local>'),
       (361, 2, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 'notification:902',
        'akim.zaisan', 'proposal.returned', 902, current_date - interval '2' day, null, 'SENT', 1,
        current_timestamp - interval '2' day, current_timestamp - interval '2' day,
        current_timestamp - interval '2' day, null, '<notification.902@birge.local>'),
       (362, 9, current_timestamp - interval '2' day, current_timestamp - interval '1' day, 'notification:903',
        'akim.zaisan', 'task.assigned', 903, current_date - interval '2' day, null, 'FAILED', 8,
        current_timestamp - interval '1' day, current_timestamp - interval '1' day, null,
        'MailConnectException: Couldn''t connect to host, port: 127.0.0.1, 25; timeout 10000',
        '<notification.903@birge.local>'),
       (363, 3, current_timestamp - interval '40' day, current_timestamp - interval '40' day, 'notification:906',
        'governor.pavlodar', 'task.assigned', 906, current_date - interval '40' day, null, 'UNCERTAIN', 1,
        current_timestamp - interval '40' day, current_timestamp - interval '40' day, null,
        'lease expired: the sender stopped between claiming and marking it sent',
        '<notification.906@birge.local>');
