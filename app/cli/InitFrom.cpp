#include "InitFrom.h"

#include "CliCommand.h"
#include "CliOutput.h"

#include "engine/WeightTransfer.h"
#include "io/WeightsSource.h"
#include "training/PreparedProject.h"

#include <QJsonArray>

namespace nw::cli {

std::map<std::string, std::string> parseIdMapping(const QString& text, bool& ok)
{
    std::map<std::string, std::string> mapping;
    for (const QString& item : text.split(QLatin1Char(','))) {
        const QStringList pair = item.split(QLatin1Char('='));
        const QString from = pair.value(0).trimmed();
        const QString to = pair.value(1).trimmed();
        if (pair.size() != 2 || from.isEmpty() || to.isEmpty() || mapping.count(to.toStdString())) {
            CliOutput::error(QStringLiteral("--init-map takes OLD=NEW pairs separated by commas, each new id once, got '%1'")
                                 .arg(text));
            ok = false;
            return {};
        }
        mapping.emplace(to.toStdString(), from.toStdString());
    }
    return mapping;
}

QStringList parseNodeList(const QString& option, const QString& text, bool& ok)
{
    QStringList ids;
    for (const QString& item : text.split(QLatin1Char(','))) {
        if (item.trimmed().isEmpty()) {
            CliOutput::error(QStringLiteral("--%1 takes node ids separated by commas, got '%2'").arg(option, text));
            ok = false;
            return {};
        }
        ids << item.trimmed();
    }
    return ids;
}

std::optional<int> applyInitFrom(PreparedProject& project, const InitFromRequest& request, bool jsonMode, QJsonObject& json)
{
    QString error;
    if (!request.freeze.isEmpty()) {
        if (!project.freeze(request.freeze, &error)) {
            CliOutput::error(error);
            return InvalidInput;
        }
        json[QStringLiteral("frozen")] = QJsonArray::fromStringList(request.freeze);
        if (!jsonMode)
            CliOutput::message(QStringLiteral("frozen for this run: ") + request.freeze.join(QStringLiteral(", ")));
    }
    if (request.file.isEmpty())
        return std::nullopt;
    const auto source = WeightsSource::read(request.file, &error);
    if (!source) {
        CliOutput::error(error);
        return InvalidInput;
    }
    for (const auto& [networkId, sourceId] : request.mapping) {
        if (!project.model().node(QString::fromStdString(networkId))) {
            CliOutput::error(project.path() + QStringLiteral(": --init-map names '%1', which the network does not have")
                                 .arg(QString::fromStdString(networkId)));
            return InvalidInput;
        }
    }
    const WeightMatch match = project.setStartingWeights(source->tensors, request.mapping);
    QJsonArray nodes;
    for (const NodeWeightMatch& node : match.nodes) {
        const QString id = QString::fromStdString(node.nodeId);
        const QString verdict = QString::fromStdString(verdictText(node));
        QJsonObject entry{{"node", id}, {"verdict", verdict}};
        if (node.sourceId != node.nodeId)
            entry[QStringLiteral("source")] = QString::fromStdString(node.sourceId);
        nodes.append(entry);
        if (!jsonMode)
            CliOutput::result(node.sourceId == node.nodeId
                    ? QStringLiteral("%1: %2").arg(id, verdict)
                    : QStringLiteral("%1 (from %2): %3").arg(id, QString::fromStdString(node.sourceId), verdict));
    }
    json[QStringLiteral("init_from")] = QJsonObject{{"file", request.file}, {"nodes", nodes}};
    if (match.count(WeightVerdict::Loaded) == 0) {
        CliOutput::error(request.file
            + QStringLiteral(": none of its tensors fit a node of the network (%1 nodes skipped, %2 of another shape)")
                  .arg(match.count(WeightVerdict::Skipped))
                  .arg(match.count(WeightVerdict::ShapeMismatch)));
        return InvalidInput;
    }
    return std::nullopt;
}

} // namespace nw::cli
