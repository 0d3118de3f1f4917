#pragma once
// `train --init-from FILE [--init-map OLD=NEW,...] [--freeze NODE,...]`: transfer
// learning on the command line. Reads FILE (a project or a .safetensors file,
// WeightsSource), matches its tensors to the network node by node (matchWeights),
// prints each node's verdict and gives the run those starting weights; --freeze
// freezes nodes for this run. Everything is checked before training starts, so a
// refusal writes nothing.
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>

namespace nw {
class PreparedProject;
}

namespace nw::cli {

struct InitFromRequest {
    QString file;                                // empty: no import
    std::map<std::string, std::string> mapping;  // network id -> id in FILE
    QStringList freeze;
};

// Parses "--init-map old1=new1,old2=new2" into network id -> source id. A usage
// error (reported) leaves `ok` false.
std::map<std::string, std::string> parseIdMapping(const QString& text, bool& ok);
// "a,b , c" -> {a, b, c}; empty items are a usage error (reported).
QStringList parseNodeList(const QString& option, const QString& text, bool& ok);

// Freezes and imports as asked, printing the verdicts (stdout, or into json's
// "init_from" and "frozen"). nullopt on success; an exit code after an error that
// names the file or node and the problem.
std::optional<int> applyInitFrom(PreparedProject& project, const InitFromRequest& request, bool jsonMode, QJsonObject& json);

} // namespace nw::cli
