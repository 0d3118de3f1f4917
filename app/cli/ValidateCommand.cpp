#include "ValidateCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"

#include "model/NetworkGraphModel.h"
#include "training/PreparedProject.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nw::cli {

QString ValidateCommand::summary() const
{
    return QCoreApplication::translate("ValidateCommand", "check a project: shapes and parameter counts per node, or errors");
}

int ValidateCommand::run(const QStringList& arguments)
{
    CommandLine cl(summary(), QStringLiteral("PROJECT"));
    cl.addJsonOption();
    if (const auto exit = cl.parse(arguments, 1))
        return *exit;
    QString error;
    auto prepared = PreparedProject::load(cl.positional(0), {.loadData = false, .loadWeights = false}, &error);
    if (!prepared) {
        CliOutput::error(error);
        return InvalidInput;
    }
    const CompileResult& compiled = prepared->compiled();
    QJsonArray nodes;
    QString table = QStringLiteral("%1 %2 %3 %4\n").arg("node", -16).arg("type", -14).arg("output", -14).arg("parameters", 12);
    for (const QString& id : compiled.nodeOrder) {
        const NodeStatus& status = compiled.nodes.value(id);
        const NodeData* node = prepared->model().node(id);
        const QString type = node ? node->type : QString();
        QJsonArray shape;
        for (int d : status.outputShape)
            shape.append(d);
        QJsonObject entry{{"id", id}, {"type", type}, {"parameters", status.parameterCount}};
        if (status.shapeKnown)
            entry["output_shape"] = shape;
        if (!status.messages.isEmpty())
            entry["messages"] = QJsonArray::fromStringList(status.messages);
        nodes.append(entry);
        table += QStringLiteral("%1 %2 %3 %4\n")
                     .arg(id, -16)
                     .arg(type, -14)
                     .arg(status.shapeKnown ? status.shapeText() : QStringLiteral("?"), -14)
                     .arg(status.parameterCount, 12);
    }
    table += QStringLiteral("total parameters: %1").arg(compiled.totalParameters);
    const QStringList problems = compiled.allMessages();
    if (cl.json()) {
        CliOutput::json(QJsonObject{{"command", "validate"},
                                    {"project", cl.positional(0)},
                                    {"valid", compiled.ok()},
                                    {"nodes", nodes},
                                    {"errors", QJsonArray::fromStringList(problems)},
                                    {"total_parameters", compiled.totalParameters}});
    } else {
        CliOutput::result(table);
    }
    for (const QString& p : problems)
        CliOutput::error(cl.positional(0) + QStringLiteral(": ") + p);
    return compiled.ok() ? Success : InvalidInput;
}

} // namespace nw::cli
