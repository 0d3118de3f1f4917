#include "RunsPanel.h"

#include "io/RunComparison.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nw {

namespace {

QString figure(float value)
{
    return value < 0.0f ? QStringLiteral("—") : QLocale().toString(static_cast<double>(value), 'f', 4);
}

QString duration(double seconds)
{
    if (seconds < 60.0)
        return RunsPanel::tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const int whole = static_cast<int>(seconds + 0.5);
    return RunsPanel::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
}

QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(colour.darker(130));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

RunsPanel::RunsPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_comparisonTitle(new QLabel(this))
    , m_comparison(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("runsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setHorizontalHeaderLabels({ tr("Show"), tr("Run"), tr("From"), tr("What changed"), tr("Epochs"),
        tr("Loss"), tr("Val. acc."), tr("Test acc."), tr("Time") });
    m_table->horizontalHeaderItem(Show)->setToolTip(tr("Overlay this run's curves on the charts"));
    m_table->horizontalHeaderItem(From)->setToolTip(tr("The run and epoch this run continued from"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Changes, QHeaderView::Stretch);
    layout->addWidget(m_table, 3);

    m_comparisonTitle->setWordWrap(true);
    layout->addWidget(m_comparisonTitle);
    m_comparison->setObjectName(QStringLiteral("runsComparison"));
    m_comparison->verticalHeader()->hide();
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_comparison, 2);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->row() >= m_rows.size())
            return;
        const RunRecord& run = m_rows[item->row()].record;
        if (item->column() == Show)
            Q_EMIT overlayToggled(run.id, item->checkState() == Qt::Checked);
        else if (item->column() == Name && item->text() != run.name)
            Q_EMIT renameRequested(run.id, item->text());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunsPanel::showComparison);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_filling && row >= 0 && row < m_rows.size())
            Q_EMIT currentRunChanged(m_rows[row].record.id);
    });
    setRuns({}, QString());
}

void RunsPanel::setRuns(const QVector<RunsPanelRow>& rows, const QString& memoryText)
{
    const QStringList selected = selectedIds();
    m_filling = true;
    m_rows = rows;
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const RunRecord& run = rows[r].record;
        auto* show = cell(QString());
        show->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        show->setCheckState(rows[r].overlaid ? Qt::Checked : Qt::Unchecked);
        show->setIcon(swatch(rows[r].colour));
        m_table->setItem(r, Show, show);
        auto* name = cell(run.name);
        name->setFlags(name->flags() | Qt::ItemIsEditable); // double-click to rename
        if (!rows[r].saved) {
            QFont italic = name->font();
            italic.setItalic(true);
            name->setFont(italic);
        }
        name->setToolTip(rows[r].saved ? tr("%1 (double-click to rename)").arg(run.id)
                                       : tr("Not saved yet: kept in runs/ beside the project when it is saved."));
        m_table->setItem(r, Name, name);
        m_table->setItem(r, From,
            cell(run.parent.isEmpty() ? QStringLiteral("—") : tr("%1, epoch %2").arg(run.parent).arg(run.branchEpoch)));
        auto* changes = cell(run.changes.isEmpty() ? QStringLiteral("—") : run.changes.join(QStringLiteral("; ")));
        changes->setToolTip(run.changes.join(QLatin1Char('\n')));
        m_table->setItem(r, Changes, changes);
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        m_table->setItem(r, Epochs, cell(QString::number(run.history.size()), right));
        m_table->setItem(r, Loss, cell(figure(run.finalLoss()), right));
        m_table->setItem(r, ValidationAccuracy, cell(figure(run.finalValidationAccuracy()), right));
        m_table->setItem(r, TestAccuracy, cell(run.test ? figure(run.test->accuracy) : QStringLiteral("—"), right));
        m_table->setItem(r, Duration, cell(duration(run.durationSeconds), right));
    }
    m_summary->setText(rows.isEmpty()
            ? tr("No runs yet. Every training run is kept here with its settings and curves; tick Show to "
                 "overlay runs on the charts, select two to compare them.")
            : tr("%1 runs. Tick Show to overlay a run's curves; select two runs to compare them. %2")
                  .arg(rows.size())
                  .arg(memoryText));
    m_filling = false;
    selectRuns(selected);
    showComparison();
}

QStringList RunsPanel::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (index.row() < m_rows.size())
            ids << m_rows[index.row()].record.id;
    return ids;
}

void RunsPanel::selectRuns(const QStringList& ids)
{
    m_table->clearSelection();
    for (int r = 0; r < m_rows.size(); ++r)
        if (ids.contains(m_rows[r].record.id))
            m_table->selectionModel()->select(
                m_table->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void RunsPanel::showComparison()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.size() != 2) {
        m_comparisonTitle->setText(tr("Select two runs to see the settings and figures in which they differ."));
        m_comparison->setRowCount(0);
        m_comparison->setHorizontalHeaderLabels({ tr("Setting or figure"), QString(), QString() });
        return;
    }
    const int a = std::min(selected[0].row(), selected[1].row());
    const int b = std::max(selected[0].row(), selected[1].row());
    const RunRecord& first = m_rows[a].record;
    const RunRecord& second = m_rows[b].record;
    const QVector<RunDifference> rows = compareRuns(first, second);
    m_comparisonTitle->setText(rows.isEmpty() ? tr("%1 and %2 ran with the same settings and ended alike.")
                                                    .arg(first.name, second.name)
                                              : tr("Where %1 and %2 differ:").arg(first.name, second.name));
    m_comparison->setHorizontalHeaderLabels({ tr("Setting or figure"), first.name, second.name });
    m_comparison->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_comparison->setItem(r, 0, cell(rows[r].what));
        m_comparison->setItem(r, 1, cell(rows[r].first));
        m_comparison->setItem(r, 2, cell(rows[r].second));
    }
}

} // namespace nw
