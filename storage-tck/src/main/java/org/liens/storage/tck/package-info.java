package org.liens.storage.tck;
