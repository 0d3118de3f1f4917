#include "CliOutput.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace nw::cli {

void CliOutput::message(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

void CliOutput::error(const QString& text)
{
    message(QStringLiteral("netwright-cli: ") + text);
}

void CliOutput::result(const QString& text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

void CliOutput::json(const QJsonObject& document)
{
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

bool CliOutput::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

} // namespace nw::cli
