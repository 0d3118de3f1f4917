#include "SampleTableModel.h"

#include "analysis/SampleRendering.h"

#include <algorithm>
#include <numeric>

namespace nw {

SampleTableModel::SampleTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SampleTableModel::setDataset(const Dataset* dataset, const QStringList& featureNames)
{
    beginResetModel();
    m_headers.clear();
    m_features.clear();
    m_targets.clear();
    m_origins.clear();
    m_texts.clear();
    if (dataset && isTokenDataset(*dataset)) {
        m_headers = QStringList { tr("text"), tr("tokens (id)"),
            dataset->hasPositionLabels() ? tr("class per position") : tr("class") };
        const std::size_t rows = std::min<std::size_t>(kMaxRows, dataset->size());
        for (std::size_t i = 0; i < rows; ++i) {
            m_texts.push_back({ sampleTokenText(*dataset, i), sampleTokenList(*dataset, i) });
            m_targets.append(dataset->hasPositionLabels()
                    ? samplePositionLabels(*dataset, i)
                    : QString::fromStdString(dataset->classNames()[static_cast<std::size_t>(dataset->label(i))]));
            m_origins.push_back(dataset->origin(i).index);
        }
    } else if (dataset && dataset->sampleShape().size() == 1) {
        const int featureCount = dataset->sampleShape()[0];
        const int shown = std::min(featureCount, kMaxFeatures);
        for (int f = 0; f < shown; ++f)
            m_headers.append(featureNames.value(f, tr("x%1").arg(f + 1)));
        m_headers.append(dataset->task() == TaskKind::Classification ? tr("class") : tr("target"));
        std::vector<std::size_t> indices(std::min<std::size_t>(kMaxRows, dataset->size()));
        std::iota(indices.begin(), indices.end(), std::size_t { 0 });
        Tensor inputs, targets;
        dataset->fillBatch(indices, inputs, targets);
        const std::size_t targetWidth = dataset->task() == TaskKind::Classification
            ? 1
            : std::max<std::size_t>(1, targets.size() / std::max<std::size_t>(1, indices.size()));
        for (std::size_t i = 0; i < indices.size(); ++i) {
            const float* row = inputs.data() + i * static_cast<std::size_t>(featureCount);
            m_features.emplace_back(row, row + shown);
            if (dataset->task() == TaskKind::Classification)
                m_targets.append(QString::fromStdString(dataset->classNames()[dataset->label(i)]));
            else
                m_targets.append(QString::number(targets[i * targetWidth], 'g', 5));
            m_origins.push_back(dataset->origin(i).index);
        }
    }
    endResetModel();
}

int SampleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_texts.empty() ? m_features.size() : m_texts.size());
}

int SampleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant SampleTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const bool target = index.column() == m_headers.size() - 1;
    if (!m_texts.empty()) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return target ? m_targets[index.row()] : m_texts[row].value(index.column());
        return {};
    }
    if (role == Qt::DisplayRole)
        return target ? QVariant(m_targets[index.row()])
                      : QVariant(QString::number(m_features[row][static_cast<std::size_t>(index.column())], 'g', 5));
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(target ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_headers.value(section);
    return section; // the sample index, as sampleActivated() and the CLI count
}

} // namespace nw
