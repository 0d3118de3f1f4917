#pragma once
// File > Import Weights...: what an import would do, shown before it is applied.
// One row per node with parameters: its id, the node it takes tensors from, and the
// verdict (loaded, skipped, shape mismatch: [a] vs [b]) with a colour; Apply is
// offered only when at least one node loads. The dialog only shows: the caller
// (WeightsImporter) applies the import when it is accepted.
#include "engine/WeightTransfer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace nw {

class ImportWeightsDialog : public QDialog {
    Q_OBJECT

public:
    ImportWeightsDialog(const QString& sourcePath, const WeightMatch& match, QWidget* parent = nullptr);

    QTreeWidget* table() const { return m_table; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // A verdict in the user's language (the CLI prints the contract's English words).
    static QString verdictText(const NodeWeightMatch& node);

private:
    QTreeWidget* m_table;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
};

} // namespace nw
