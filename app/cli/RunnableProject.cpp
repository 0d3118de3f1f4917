#include "RunnableProject.h"

#include "CliOutput.h"

#include "engine/Graph.h"
#include "training/PreparedProject.h"

namespace nw::cli {

std::unique_ptr<PreparedProject> loadCompiledProject(const QString& path, const PreparedProject::Options& options)
{
    QString error;
    auto prepared = PreparedProject::load(path, options, &error);
    if (!prepared) {
        CliOutput::error(error);
        return nullptr;
    }
    if (!prepared->isValid()) {
        for (const QString& m : prepared->compiled().allMessages())
            CliOutput::error(path + QStringLiteral(": ") + m);
        return nullptr;
    }
    return prepared;
}

bool isRunnableProject(const PreparedProject* prepared, const QString& path, const QString& loadError, const QString& command)
{
    if (!prepared) {
        CliOutput::error(loadError);
        return false;
    }
    if (!prepared->isValid()) {
        for (const QString& m : prepared->compiled().allMessages())
            CliOutput::error(path + QStringLiteral(": ") + m);
        return false;
    }
    if (!prepared->hasWeights()) {
        CliOutput::error(path + QStringLiteral(": the project has no trained weights; train it first "
                                               "(netwright-cli train %1 --out TRAINED.nwproj)").arg(path));
        return false;
    }
    if (prepared->compiled().graph->inputIds().size() != 1) {
        CliOutput::error(path + QStringLiteral(": %1 supports networks with one input").arg(command));
        return false;
    }
    return true;
}

} // namespace nw::cli
