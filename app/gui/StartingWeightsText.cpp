#include "StartingWeightsText.h"

#include <QStringList>

namespace nw {

QString StartingWeightsText::describe(const WeightMatch& match, const std::map<QString, WeightOrigin>& origins)
{
    QStringList imported, trained, initialised;
    for (const NodeWeightMatch& node : match.nodes) {
        const QString id = QString::fromStdString(node.nodeId);
        const auto origin = origins.find(id);
        if (node.verdict != WeightVerdict::Loaded || origin == origins.end())
            initialised << id;
        else if (origin->second == WeightOrigin::Imported)
            imported << id;
        else
            trained << id;
    }
    const QString separator = QStringLiteral(", ");
    QStringList parts;
    if (!imported.isEmpty())
        parts << tr("kept imported weights for %1").arg(imported.join(separator));
    if (!trained.isEmpty())
        parts << tr("kept trained weights for %1").arg(trained.join(separator));
    if (!initialised.isEmpty())
        parts << (imported.isEmpty() && trained.isEmpty() ? tr("initialised every layer from the seed")
                                                          : tr("initialised %1").arg(initialised.join(separator)));
    return parts.join(QStringLiteral("; "));
}

} // namespace nw
