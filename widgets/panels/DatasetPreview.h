#pragma once
// What the dataset dock shows of a dataset, worked out on a worker thread:
// loadDatasetPreview() loads the dataset (the slow part: a 60,000-image IDX file
// or a large CSV) and renders everything the GUI thread would otherwise stall on,
// thumbnails and the 2-D scatter, as QImages (safe off the GUI thread, unlike
// QPixmap). The result is a plain value handed back through a BackgroundTask.
#include "data/DataSpec.h"
#include "style/ClassPalette.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace nw {

class PreparedDataCache;

struct DatasetPreview {
    QString specText;
    std::shared_ptr<const Dataset> dataset; // null when loading failed
    QString error; // the DataError message (names the file), when loading failed
    QStringList notes; // rows dropped, values imputed, images skipped
    QStringList featureNames; // tabular data: one per feature column
    QList<QImage> thumbnails; // image data: the first samples, in order
    QImage scatter; // 2-D data: the points coloured by class or target
    double seconds = 0.0; // how long loading took
};

// How many samples the thumbnail grid shows.
inline constexpr int kPreviewThumbnails = 48;

// Never throws: a failure comes back as `error`. The dataset comes from `cache`, the
// window's one copy that training and evaluation read too. The scatter's classes
// take `scheme`'s colours (chosen on the GUI thread, which owns the preferences).
DatasetPreview loadDatasetPreview(
    const DataSpec& spec, const QString& baseDirectory, PreparedDataCache& cache, ClassPalette::Scheme scheme);

// The points of 2-D data (up to 4,000, spread over the set) coloured by class in
// `scheme`, or by target value for regression.
QImage renderDatasetScatter(const Dataset& dataset, ClassPalette::Scheme scheme);

// Whether samples of this shape are shown as images ([C, H, W] with 1 or 3 channels).
bool isViewableImageShape(const Shape& shape);

} // namespace nw
