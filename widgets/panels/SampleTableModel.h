#pragma once
// The first rows of a tabular dataset for the dataset dock's preview table: one
// column per feature (as the network sees it: one-hot columns included, values
// raw) and the target last. Token sequences (text, words, sequence tasks) show
// their text, their tokens with ids, and their class (per position for tagging).
// Holds a copy of those rows only, so a million-row table costs the view nothing.
#include "data/Dataset.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace nw {

class SampleTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kMaxRows = 200;
    static constexpr int kMaxFeatures = 64;

    explicit SampleTableModel(QObject* parent = nullptr);

    // Copies the first rows of `dataset`; `featureNames` may be shorter than the
    // feature count (the rest are numbered). A null dataset empties the table.
    void setDataset(const Dataset* dataset, const QStringList& featureNames);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers; // features, then the target
    std::vector<std::vector<float>> m_features; // per row, kMaxFeatures at most
    std::vector<QStringList> m_texts; // token data: text and tokens per row, instead of m_features
    QStringList m_targets; // class name or value, per row
    std::vector<long long> m_origins; // row/line in the source, per row
};

} // namespace nw
