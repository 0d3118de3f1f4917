#pragma once
// The "where does the data come from" half of the dataset dock: a source combo
// (built-in generator, bundled, Fashion-MNIST, IDX, CSV, image folder, npy) over
// one page of editors per source. It turns what the person chose into a DataSpec
// (core/data/DataSpec.h) and shows a spec it is given; it never loads anything
// and knows nothing of the document: DatasetDock owns it and does both.
#include "data/DataKind.h"
#include "data/DataSpec.h"

#include <QWidget>

#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace nw {

class PathEdit;
class TokenSourcePage;

class DatasetSourceForm : public QWidget {
    Q_OBJECT

public:
    explicit DatasetSourceForm(QWidget* parent = nullptr);

    // The spec the editors describe, or nullopt while a file or folder is missing.
    std::optional<DataSpec> spec() const;
    // Whether Fashion-MNIST's official test set is chosen as the test data.
    bool usesOfficialTestSet() const;
    // Shows `spec` in the editors without emitting specEdited(). An empty or
    // unreadable spec leaves the editors as they are.
    void showSpec(const DataSpec& spec, bool officialTestSet);
    // Relative paths in specs resolve against this (the project file's folder).
    void setBaseDirectory(const QString& directory);

Q_SIGNALS:
    // The person changed something that changes the spec.
    void specEdited();

private:
    QWidget* buildToyPage();
    QWidget* buildBundledPage();
    QWidget* buildFashionPage();
    QWidget* buildIdxPage();
    QWidget* buildCsvPage();
    QWidget* buildImagesPage();
    QWidget* buildNpyPage();
    PathEdit* addPath(bool directory, const QString& title, const QString& filter);
    void addSource(DataKindId kind, const QString& title, QWidget* page);
    DataKindId currentKind() const;
    void edited();
    void refreshCsvColumns(const QString& keepTarget);
    void refreshFashionNote();
    QString specPath(const QString& path) const;
    char csvDelimiterChar() const;

    QString m_baseDirectory;
    bool m_showing = false;
    QComboBox* m_source;
    QStackedWidget* m_pages;
    // toy
    QComboBox* m_toyKind;
    QSpinBox* m_toySamples;
    QDoubleSpinBox* m_toyNoise;
    QSpinBox* m_toySeed;
    // bundled, fashion
    QComboBox* m_bundledName;
    QComboBox* m_fashionPart;
    QCheckBox* m_fashionOfficialTest;
    QLabel* m_fashionNote;
    // idx, npy
    PathEdit* m_idxImages;
    PathEdit* m_idxLabels;
    PathEdit* m_npyFeatures;
    PathEdit* m_npyTargets;
    // sequence, text, words
    std::map<DataKindId, TokenSourcePage*> m_tokenPages;
    // csv
    PathEdit* m_csvPath;
    QComboBox* m_csvTarget;
    QComboBox* m_csvMissing;
    QComboBox* m_csvDelimiter;
    QLabel* m_csvNote;
    // images
    PathEdit* m_imagesDir;
    QSpinBox* m_imageWidth;
    QSpinBox* m_imageHeight;
    QComboBox* m_imageColor;
    QComboBox* m_imageFit;
    QComboBox* m_imageNormalize; // none, train, or "given" while the spec gives mean and std
    QString m_imageMean, m_imageStd; // the shown spec's given statistics, kept through edits
    QCheckBox* m_imageSkipUnreadable;
};

} // namespace nw
