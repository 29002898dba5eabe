#include "SmtpSubmitter.h"

#include <cstring>
#include <curl/curl.h>
#include <mutex>

namespace sa::core {

namespace {

struct Upload
{
    const QByteArray* data = nullptr;
    qsizetype sent = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const qsizetype left = upload->data->size() - upload->sent;
    const qsizetype n = qMin<qsizetype>(left, qsizetype(size * count));
    if (n <= 0)
        return 0;
    std::memcpy(buffer, upload->data->constData() + upload->sent, size_t(n));
    upload->sent += n;
    return size_t(n);
}

/// libcurl's global set-up, once per process, before the first handle (it is not thread-safe).
void initOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

SmtpOutcome SmtpSubmitter::submit(const QString& host, int port, const QString& envelopeFrom,
                                  const QString& envelopeTo, const QByteArray& message, int timeoutSeconds)
{
    initOnce();
    CURL* curl = curl_easy_init();
    if (!curl)
        return {SmtpOutcome::Kind::TryLater, QStringLiteral("libcurl could not start a session")};
    const QByteArray url = QStringLiteral("smtp://%1:%2").arg(host).arg(port).toUtf8();
    const QByteArray from = ("<" + envelopeFrom + ">").toUtf8();
    const QByteArray to = ("<" + envelopeTo + ">").toUtf8();
    curl_slist* recipients = curl_slist_append(nullptr, to.constData());
    Upload upload{&message, 0};
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(qMin(timeoutSeconds, 30)));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    const CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code == CURLE_OK)
        return {SmtpOutcome::Kind::Taken,
                QStringLiteral("%1:%2 took it (%3)").arg(host).arg(port).arg(reply)};
    const QString why = QStringLiteral("%1:%2: %3%4")
                            .arg(host)
                            .arg(port)
                            .arg(QString::fromUtf8(*errorText ? errorText : curl_easy_strerror(code)))
                            .arg(reply > 0 ? QStringLiteral(" (reply %1)").arg(reply) : QString());
    if (reply >= 500 && reply < 600)
        return {SmtpOutcome::Kind::Refused, why};
    return {SmtpOutcome::Kind::TryLater, why};
}

} // namespace sa::core
