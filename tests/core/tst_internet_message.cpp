#include "core/message/InternetMessage.h"
#include "core/message/Mime.h"

#include <QTest>

using namespace sa::core;

/// Internet mail as the Internet Mail Service writes and reads it (InternetMessage, on Mime): what
/// it writes reads back the same, and what other mail programs write - quoted-printable, base64,
/// other character sets, encoded words, alternatives, several attachments - is read as they meant it.
class TestInternetMessage : public QObject
{
    Q_OBJECT

private:
    static Message sample()
    {
        Message m = Message::create(
            QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"), QStringLiteral("SMTP:pat@outside.test"),
            QStringLiteral("Grüße aus Seattle — café"),
            QStringLiteral("Line one\nÜbergröße and a long line: ") + QString(120, QLatin1Char('x')) +
                QStringLiteral(" = end \nlast line"));
        return m;
    }

private Q_SLOTS:
    void whatItWritesReadsBackTheSame()
    {
        const Message m = sample();
        const QByteArray raw = InternetMessage::encode(m, QStringLiteral("Anna Müller"),
                                                       QStringLiteral("anna@seattle.northwind.test"),
                                                       QStringLiteral("pat@outside.test"));
        // Seven-bit on the wire, lines of at most 78, a display name in an encoded word.
        for (const QByteArray& line : raw.split('\n')) {
            QVERIFY2(line.size() <= 78, line.constData());
            for (const char c : line)
                QVERIFY(static_cast<unsigned char>(c) < 128);
        }
        QVERIFY(raw.contains("Content-Transfer-Encoding: quoted-printable"));
        QVERIFY(raw.contains("X-SiteAdmin-Id: " + m.id.toLatin1()));
        auto back = InternetMessage::decode(raw, QStringLiteral("pat@outside.test"));
        QVERIFY2(back, qPrintable(back.error().message()));
        QCOMPARE(back->subject, m.subject);
        QCOMPARE(back->body, m.body);
        QCOMPARE(back->from, QStringLiteral("SMTP:anna@seattle.northwind.test"));
        QCOMPARE(back->to, QStringLiteral("SMTP:pat@outside.test"));
        QCOMPARE(back->submitted.toSecsSinceEpoch(), m.submitted.toSecsSinceEpoch());
        QCOMPARE(Mime::displayNameIn(Mime::decodeHeaderText("=?UTF-8?B?QW5uYSBNw7xsbGVy?= <a@b>").toUtf8()),
                 QStringLiteral("Anna Müller"));

        Message attached = m;
        attached.body = QStringLiteral("plain");
        attached.attachment = QByteArray("\x00\x01\x02binary\xff", 10);
        attached.attachmentName = QStringLiteral("data.bin");
        auto withFile =
            InternetMessage::decode(InternetMessage::encode(attached, {}, QStringLiteral("a@b.test"),
                                                            QStringLiteral("pat@outside.test")),
                                    QStringLiteral("pat@outside.test"));
        QVERIFY(withFile);
        QCOMPARE(withFile->body.trimmed(), QStringLiteral("plain"));
        QCOMPARE(withFile->attachment, attached.attachment);
        QCOMPARE(withFile->attachmentName, QStringLiteral("data.bin"));
    }

    void whatOtherMailProgramsWriteIsRead()
    {
        const QByteArray raw = "Received: from mx.outside.test by x1\r\n"
                               "From: =?iso-8859-1?Q?Fran=E7ois_P=E9rez?= <francois@outside.test>\r\n"
                               "To: anna@seattle.northwind.test\r\n"
                               "Subject: =?utf-8?q?R=C3=A9union?=\r\n =?utf-8?b?IGRlbWFpbg==?=\r\n"
                               "Message-ID: <abc.123@outside.test>\r\n"
                               "Date: Thu, 3 Dec 2026 09:15:00 -0500\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
                               "preamble\r\n"
                               "--outer\r\n"
                               "Content-Type: multipart/alternative; boundary=inner\r\n\r\n"
                               "--inner\r\n"
                               "Content-Type: text/plain; charset=iso-8859-1\r\n"
                               "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                               "=C0 demain, caf=E9 =\r\ncompris.\r\n"
                               "--inner\r\n"
                               "Content-Type: text/html; charset=utf-8\r\n\r\n"
                               "<p>\xc3\x80 demain</p>\r\n"
                               "--inner--\r\n"
                               "--outer\r\n"
                               "Content-Type: application/pdf; name=\"agenda.pdf\"\r\n"
                               "Content-Disposition: attachment; filename=\"agenda.pdf\"\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\n"
                               "JVBERi0xLjQK\r\n"
                               "--outer\r\n"
                               "Content-Type: image/png\r\n"
                               "Content-Disposition: attachment; filename=\"map.png\"\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\n"
                               "iVBORw0=\r\n"
                               "--outer--\r\n";
        auto m = InternetMessage::decode(raw, QStringLiteral("anna@seattle.northwind.test"));
        QVERIFY2(m, qPrintable(m.error().message()));
        QCOMPARE(m->from, QStringLiteral("SMTP:francois@outside.test"));
        QCOMPARE(m->subject, QStringLiteral("Réunion demain"));
        QVERIFY2(m->body.startsWith(QStringLiteral("À demain, café compris.")), qPrintable(m->body));
        QCOMPARE(m->attachmentName, QStringLiteral("agenda.pdf"));
        QCOMPARE(m->attachment, QByteArray("%PDF-1.4\n"));
        // A message holds one attachment: the others are named in its text, not dropped unsaid.
        QVERIFY2(m->body.contains(QStringLiteral("map.png")), qPrintable(m->body));
        QCOMPARE(m->submitted, QDateTime(QDate(2026, 12, 3), QTime(14, 15), Qt::UTC));
        QCOMPARE(m->id, QStringLiteral("smtp:abc.123@outside.test/anna@seattle.northwind.test"));
        // The same message for another recipient is another message; without a Message-ID the same
        // bytes make the same id.
        QVERIFY(InternetMessage::decode(raw, QStringLiteral("carl@seattle.northwind.test"))->id != m->id);
        const QByteArray bare = "From: pat@outside.test\nSubject: no id\n\nhi\n";
        QCOMPARE(InternetMessage::decode(bare, QStringLiteral("a@b.test"))->id,
                 InternetMessage::decode(bare, QStringLiteral("a@b.test"))->id);
        QVERIFY(
            InternetMessage::decode(bare, QStringLiteral("a@b.test"))->id !=
            InternetMessage::decode(QByteArray(bare).replace("hi", "ho"), QStringLiteral("a@b.test"))->id);
    }

    void badInputIsOneClearLine_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("expected");
        const QByteArray ok = "From: pat@outside.test\r\nSubject: x\r\n\r\nhi\r\n";
        QTest::newRow("empty") << QByteArray("\r\n  \r\n") << QStringLiteral("a@b.test")
                               << QStringLiteral("the message is empty");
        QTest::newRow("no headers") << QByteArray("just words") << QStringLiteral("a@b.test")
                                    << QStringLiteral("not a MIME message");
        QTest::newRow("no sender") << QByteArray("Subject: x\r\n\r\nhi") << QStringLiteral("a@b.test")
                                   << QStringLiteral("names no sender");
        QTest::newRow("no recipient") << ok << QString() << QStringLiteral("envelope recipient");
        QTest::newRow("bad recipient")
            << ok << QStringLiteral("not an address") << QStringLiteral("is not an Internet address");
        QTest::newRow("unknown encoding")
            << QByteArray("From: p@o.test\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 f\r\n")
            << QStringLiteral("a@b.test") << QStringLiteral("transfer encoding \"x-uuencode\"");
        QTest::newRow("damaged base64")
            << QByteArray("From: p@o.test\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n")
            << QStringLiteral("a@b.test") << QStringLiteral("unknown or damaged");
        QTest::newRow("multipart without boundary")
            << QByteArray("From: p@o.test\r\nContent-Type: multipart/mixed\r\n\r\nx\r\n")
            << QStringLiteral("a@b.test") << QStringLiteral("has no boundary");
        QTest::newRow("oversized") << ok + QByteArray(InternetMessage::MaxSize, 'x')
                                   << QStringLiteral("a@b.test") << QStringLiteral("more than the");
    }

    void badInputIsOneClearLine()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, recipient);
        QFETCH(QString, expected);
        auto m = InternetMessage::decode(raw, recipient);
        QVERIFY(!m);
        QVERIFY2(m.error().message().contains(expected), qPrintable(m.error().message()));
        QVERIFY(!m.error().message().contains(QLatin1Char('\n')));
    }

    void quotedPrintableKeepsEveryByte()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all += char(i);
        all.replace('\r', ' ').replace('\n', ' ');
        const QByteArray text = all + "\n  trailing space \n\tand tab\t\n" + QByteArray(300, 'y');
        const QByteArray qp = Mime::quotedPrintable(text);
        for (const QByteArray& line : qp.split('\n'))
            QVERIFY2(line.size() <= 77, line.constData()); // 76 and the CR
        bool ok = false;
        QByteArray back = Mime::decodeContent(qp, "quoted-printable", &ok);
        QVERIFY(ok);
        back.replace("\r\n", "\n");
        QCOMPARE(back, text);
    }
};

QTEST_GUILESS_MAIN(TestInternetMessage)
#include "tst_internet_message.moc"
