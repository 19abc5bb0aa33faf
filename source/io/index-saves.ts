import type {PostIndex} from '../core/content/post-index.js';

/** Index saves put off by loadPosts(context, {saveIndexLater: true}), until savePostIndexes(). */
const pendingIndexSaves: Array<() => void> = [];

/** The index, whose save waits for savePostIndexes(). */
export function savedLater(index: PostIndex): PostIndex {
	return {...index, save(names, folder) {
		pendingIndexSaves.push(() => {
			index.save(names, folder);
		});
	}};
}

/**
Write the catalogue indexes whose save was put off. The reader calls this once its first frame is out: on a cold
catalogue of 50,000 posts the save is a tenth of a second the first screen need not wait for. Saving later loses
nothing: until then the index file is the one before, which is only slower.
*/
export function savePostIndexes(): void {
	for (const save of pendingIndexSaves.splice(0)) {
		save();
	}
}
