#include "ImportWeightsDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nw {

namespace {

QColor verdictColor(WeightVerdict verdict)
{
    switch (verdict) {
    case WeightVerdict::Loaded: return QColor(0x2e, 0x7d, 0x32);
    case WeightVerdict::Skipped: return QColor(0x75, 0x75, 0x75);
    case WeightVerdict::ShapeMismatch: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

} // namespace

QString ImportWeightsDialog::verdictText(const NodeWeightMatch& node)
{
    switch (node.verdict) {
    case WeightVerdict::Loaded: return tr("loaded");
    case WeightVerdict::Skipped: return tr("skipped");
    case WeightVerdict::ShapeMismatch:
        return tr("shape mismatch: %1 vs %2")
            .arg(QString::fromStdString(bracketShape(node.sourceShape)),
                QString::fromStdString(bracketShape(node.networkShape)));
    }
    return {};
}

ImportWeightsDialog::ImportWeightsDialog(const QString& sourcePath, const WeightMatch& match, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importWeightsDialog"));
    setWindowTitle(tr("Import Weights"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Weights from <b>%1</b>, matched to this network by node id. "
                                "Only the nodes marked loaded change; the others keep their weights.")
                                 .arg(QDir::toNativeSeparators(sourcePath).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setColumnCount(3);
    m_table->setHeaderLabels({ tr("Node"), tr("From"), tr("Verdict") });
    m_table->setRootIsDecorated(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (const NodeWeightMatch& node : match.nodes) {
        auto* item = new QTreeWidgetItem(m_table,
            { QString::fromStdString(node.nodeId), QString::fromStdString(node.sourceId), verdictText(node) });
        item->setForeground(2, verdictColor(node.verdict));
        if (node.verdict == WeightVerdict::Skipped && !node.parameter.empty())
            item->setToolTip(2, tr("The file has no tensor %1.%2").arg(QString::fromStdString(node.sourceId),
                                    QString::fromStdString(node.parameter)));
        if (node.verdict == WeightVerdict::ShapeMismatch)
            item->setToolTip(2, tr("%1 is %2 in the file but %3 in this network")
                                    .arg(QString::fromStdString(node.parameter),
                                        QString::fromStdString(bracketShape(node.sourceShape)),
                                        QString::fromStdString(bracketShape(node.networkShape))));
    }
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table);

    const auto loaded = match.count(WeightVerdict::Loaded);
    m_summary->setText(tr("%1 loaded, %2 skipped, %3 with another shape")
                           .arg(loaded)
                           .arg(match.count(WeightVerdict::Skipped))
                           .arg(match.count(WeightVerdict::ShapeMismatch)));
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(loaded > 0);
    m_buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 380);
}

} // namespace nw
