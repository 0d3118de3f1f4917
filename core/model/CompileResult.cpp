#include "CompileResult.h"

#include <QCoreApplication>

namespace nw {

QStringList CompileResult::allMessages() const
{
    QStringList lines = graphMessages;
    for (const QString& id : nodeOrder) {
        const auto it = nodes.constFind(id);
        if (it != nodes.cend())
            lines += it->messages;
    }
    return lines;
}

QString CompileResult::summary() const
{
    const QStringList lines = allMessages();
    if (!lines.isEmpty())
        return lines.join(QLatin1Char('\n'));
    return QCoreApplication::translate("CompileResult", "%1 nodes, %2 parameters")
        .arg(nodeOrder.size())
        .arg(totalParameters);
}

} // namespace nw
